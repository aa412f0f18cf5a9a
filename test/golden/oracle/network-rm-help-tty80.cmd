docker network rm --help
tty cols=80
