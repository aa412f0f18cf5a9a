docker node inspect --help
notty
