docker network inspect --help
tty cols=80
