name 'webcb'
version '1.0.0'
depends 'helpercb'
