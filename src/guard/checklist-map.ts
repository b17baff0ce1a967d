// Which guard findings count against which checklist item: data of the channel contract
// (src/channels/checklist.ts), re-exported for the guard's rules.
export { CHECKLIST_RULE_MAP } from '../channels/checklist.js'
