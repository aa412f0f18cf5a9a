docker service rm
notty
