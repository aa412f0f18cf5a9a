docker service inspect --pretty nosuch
notty
