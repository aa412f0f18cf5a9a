docker network ls --help
tty cols=80
