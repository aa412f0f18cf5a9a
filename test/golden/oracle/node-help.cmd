docker node --help
notty
