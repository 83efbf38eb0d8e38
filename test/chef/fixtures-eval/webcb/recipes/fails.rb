package 'before-raise'
raise 'this platform is not supported' unless platform_family?('rhel')
package 'after-raise'
