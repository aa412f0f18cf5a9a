docker network create --help
tty cols=120
