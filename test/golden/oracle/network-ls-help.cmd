docker network ls --help
notty
