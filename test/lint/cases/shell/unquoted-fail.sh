conf_dir=/etc/nginx/conf.d
for f in $(ls $conf_dir); do
  echo "found $f"
done
if [ $missing == 1 ]; then echo x; fi
