docker service rm nosuch
notty
