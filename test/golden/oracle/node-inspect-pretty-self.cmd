docker node inspect --pretty self
notty
