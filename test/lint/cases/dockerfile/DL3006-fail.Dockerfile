FROM registry.example:5000/debian
CMD ["true"]
