docker node ps nosuch
notty
