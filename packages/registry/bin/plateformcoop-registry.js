#!/usr/bin/env node
// The CLI lives in the build (dist/cli.js). This launcher is committed so that it exists when
// npm installs the workspace, before any build: npm links no bin whose file is missing.
import '../dist/cli.js';
