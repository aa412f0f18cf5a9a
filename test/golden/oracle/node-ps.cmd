docker node ps
notty
