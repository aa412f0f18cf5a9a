docker service inspect
notty
