docker exec --help
notty
