// toBeInTheDocument, toHaveValue, toBeInvalid…: assertions that say what they mean.
import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterEach } from 'vitest'

afterEach(() => cleanup())

// Lazy routes and the first MUI render are slow on a busy 2-core CI machine.
configure({ asyncUtilTimeout: 5_000 })
