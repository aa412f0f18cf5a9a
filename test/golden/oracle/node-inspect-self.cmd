docker node inspect self
notty
