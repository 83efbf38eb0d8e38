name 'vault'
version '0.1.0'
description 'Plants known secret values where cookbooks keep them, for the hardening tests'
