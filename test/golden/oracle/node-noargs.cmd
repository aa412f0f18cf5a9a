docker node
notty
