docker node ls --help
notty
