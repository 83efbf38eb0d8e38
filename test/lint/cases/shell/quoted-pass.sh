conf_dir=/etc/nginx/conf.d
for f in "$conf_dir"/*; do
  echo "found $f"
done
useradd --system --home-dir /srv/app app
