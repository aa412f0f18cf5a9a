docker network --help
notty
