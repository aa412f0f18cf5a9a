docker service rm d1 nosuch
notty
