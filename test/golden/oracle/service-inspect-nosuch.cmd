docker service inspect nosuch
notty
