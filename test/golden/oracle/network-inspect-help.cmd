docker network inspect --help
notty
