docker network --help
tty cols=80
