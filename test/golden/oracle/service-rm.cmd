docker service rm d1
notty
