import SearchIcon from '@mui/icons-material/Search'
import InputAdornment from '@mui/material/InputAdornment'
import TextField from '@mui/material/TextField'
import type { Ref } from 'react'
import { SEARCH_MAX_LENGTH } from './list-search'

interface SearchFieldProps {
  value: string
  onChange: (value: string) => void
  inputRef?: Ref<HTMLInputElement>
}

export function SearchField({ value, onChange, inputRef }: SearchFieldProps) {
  return (
    <TextField
      type="search"
      size="small"
      label="Search by name"
      value={value}
      onChange={(event) => onChange(event.target.value)}
      inputRef={inputRef}
      autoComplete="off"
      slotProps={{
        input: {
          startAdornment: (
            <InputAdornment position="start">
              <SearchIcon fontSize="small" />
            </InputAdornment>
          ),
        },
        htmlInput: { maxLength: SEARCH_MAX_LENGTH, spellCheck: false },
      }}
      sx={{ width: { xs: '100%', sm: 320 } }}
    />
  )
}
