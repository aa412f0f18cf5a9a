docker node ps self
notty
