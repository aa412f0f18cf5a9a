DOCKER_HOST=unix:///tmp/fake-worker.sock docker --help
notty
# synthetic: no dockerd; a local fake /_ping server (/tmp/fakeping.py) answers Api-Version: 1.50, Ostype: linux, Swarm: worker, as a v28 engine would. Real CLI bytes.
