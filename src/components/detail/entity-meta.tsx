import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { CopyButton } from '../copy-button'
import { RelativeTime } from '../relative-time'

/** The line under a detail page's title: the ID (with Copy), when it was created and last updated. */
export function EntityMeta({
  entity,
}: {
  entity: { id: string; created_at: string; updated_at: string }
}) {
  return (
    <Stack
      direction={{ xs: 'column', md: 'row' }}
      spacing={{ xs: 1, md: 3 }}
      sx={{ mb: 3, color: 'text.secondary', alignItems: { md: 'center' } }}
    >
      <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
        <Typography variant="body2">
          ID <code>{entity.id}</code>
        </Typography>
        <CopyButton text={entity.id} label="Copy ID" compact />
      </Stack>
      <Typography variant="body2">
        Created <RelativeTime iso={entity.created_at} />
      </Typography>
      <Typography variant="body2">
        Updated <RelativeTime iso={entity.updated_at} />
      </Typography>
    </Stack>
  )
}
