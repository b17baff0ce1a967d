// A stand-in for @actions/core, for unit tests: `jest.unstable_mockModule('@actions/core', () => core)`.
import { jest } from '@jest/globals'
import type * as actionsCore from '@actions/core'

export const debug = jest.fn<typeof actionsCore.debug>()
export const info = jest.fn<typeof actionsCore.info>()
export const notice = jest.fn<typeof actionsCore.notice>()
export const warning = jest.fn<typeof actionsCore.warning>()
export const error = jest.fn<typeof actionsCore.error>()
export const getInput = jest.fn<typeof actionsCore.getInput>()
export const setOutput = jest.fn<typeof actionsCore.setOutput>()
export const setFailed = jest.fn<typeof actionsCore.setFailed>()
export const setSecret = jest.fn<typeof actionsCore.setSecret>()
