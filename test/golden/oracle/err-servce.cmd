docker servce
notty
