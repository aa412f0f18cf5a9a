docker network rm --help
notty
