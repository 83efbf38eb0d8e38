property :x, String
