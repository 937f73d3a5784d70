import CloudOutlined from '@mui/icons-material/CloudOutlined'
import ScienceOutlined from '@mui/icons-material/ScienceOutlined'
import Chip from '@mui/material/Chip'
import Tooltip from '@mui/material/Tooltip'
import { apiLabel, useConnectionInfo } from '../../config/connection-info'

/** Says plainly whether what you see is demo data or a live Konnect organization. */
export function ConnectionBadge() {
  const info = useConnectionInfo()
  if (info.mode === 'demo') {
    return (
      <Tooltip title="Everything here is sample data served in your browser. Nothing reaches Konnect.">
        <Chip
          icon={<ScienceOutlined />}
          label="Demo data"
          color="warning"
          size="small"
          sx={{ minWidth: 0 }}
        />
      </Tooltip>
    )
  }
  return (
    <Tooltip title={`Changes here apply to your Konnect organization, through ${info.apiUrl}.`}>
      <Chip
        icon={<CloudOutlined />}
        label={`Konnect · ${apiLabel(info.apiUrl)}`}
        color="success"
        size="small"
        variant="outlined"
        // Shrinks to an ellipsis when the top bar is short of room (a phone).
        sx={{ color: 'inherit', minWidth: 0 }}
      />
    </Tooltip>
  )
}
