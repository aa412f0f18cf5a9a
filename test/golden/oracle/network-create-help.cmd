docker network create --help
notty
