docker service rm --help
notty
