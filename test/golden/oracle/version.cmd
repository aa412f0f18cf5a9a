docker version
notty
