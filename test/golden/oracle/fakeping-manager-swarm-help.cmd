DOCKER_HOST=unix:///tmp/fake-manager.sock docker swarm --help
notty
# synthetic: no dockerd; a local fake /_ping server (/tmp/fakeping.py) answers Api-Version: 1.50, Ostype: linux, Swarm: manager, as a v28 engine would. Real CLI bytes.
