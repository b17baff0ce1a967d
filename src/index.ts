// Entry point of the action (dist/index.js): nothing but the call.
import { run } from './main.js'

void run()
