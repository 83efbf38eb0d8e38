#!/usr/bin/env bash
# Placeholder replaced by the engine work (issue 5): for now, nothing to set up.
exit 0
