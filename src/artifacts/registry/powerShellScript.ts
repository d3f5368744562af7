import type { RegistryChange } from '../../schemas/artifacts.ts';
import { regHeader, toPowerShellPath } from './regFile.ts';

/** A PowerShell single-quoted string literal. */
const quote = (text: string) => `'${text.replace(/'/g, "''")}'`;

/**
 * A PowerShell script equivalent to the change's .reg file that first saves the current values to a
 * backup .reg (which restores them exactly: values that did not exist are deleted again, keys that did
 * not exist are removed) and supports -WhatIf / -Confirm. Works in Windows PowerShell 5.1 and PowerShell 7.
 *
 * The backup lines use the same notation as `renderRegFile` (`"Name"=dword:xxxxxxxx`, `"Name"=-`,
 * `[-key]`), and `Set-Content -Encoding Unicode` writes UTF-16LE with a BOM, as regedit expects.
 */
export function renderPowerShellScript(change: RegistryChange, fileName: string): string {
  const rows = change.keys.flatMap((key) =>
    Object.entries(key.values).map(([name, value]) => `    [pscustomobject]@{ Key = ${quote(toPowerShellPath(key.path))}; Name = ${quote(name)}; Value = ${value} }`),
  );
  const stem = fileName.replace(/\.ps1$/, '');
  return `<#
.SYNOPSIS
    ${change.description}.
.DESCRIPTION
    Sets the DWORD values listed in $changes below (the same values as ${stem}.reg).
    Before changing anything it saves the current values to a .reg backup that puts them back exactly;
    restore it with: reg import <backup file>
    ${change.afterwards}
    Source: ${change.source}. Generated from content/artifacts/registry.yaml.
.PARAMETER BackupPath
    Where to save the current values. Default: ${stem}-backup-<date-time>.reg in the current folder.
.EXAMPLE
    .\\${fileName} -WhatIf
    Shows what would change, without changing anything.
.EXAMPLE
    .\\${fileName}
    Saves a backup, then applies the change (run PowerShell as administrator).
#>
[CmdletBinding(SupportsShouldProcess = $true)]
param(
    [string] $BackupPath = (Join-Path -Path (Get-Location) -ChildPath ('${stem}-backup-{0:yyyyMMdd-HHmmss}.reg' -f (Get-Date)))
)
$ErrorActionPreference = 'Stop'

$changes = @(
${rows.join('\n')}
)

if (-not $WhatIfPreference) {
    $principal = [Security.Principal.WindowsPrincipal][Security.Principal.WindowsIdentity]::GetCurrent()
    if (-not $principal.IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)) {
        throw 'Run this script from PowerShell started as administrator, or add -WhatIf to preview it.'
    }
}

# 1. Save the current values as a .reg file that restores them.
$backup = [System.Collections.Generic.List[string]]::new()
$backup.Add('${regHeader}')
foreach ($group in ($changes | Group-Object -Property Key)) {
    $regPath = $group.Name -replace '^HKLM:\\\\', 'HKEY_LOCAL_MACHINE\\'
    $backup.Add('')
    if (-not (Test-Path -LiteralPath $group.Name)) {
        # The key does not exist yet: restoring removes the key this script creates.
        $backup.Add("[-$regPath]")
        continue
    }
    $backup.Add("[$regPath]")
    $key = Get-Item -LiteralPath $group.Name
    foreach ($change in $group.Group) {
        $current = $key.GetValue($change.Name, $null, 'DoNotExpandEnvironmentNames')
        if ($null -eq $current) {
            $backup.Add(('"{0}"=-' -f $change.Name))
        } elseif ($key.GetValueKind($change.Name) -eq 'DWord') {
            $backup.Add(('"{0}"=dword:{1:x8}' -f $change.Name, $current))
        } else {
            throw ('{0}\\{1} is a {2} value, not a DWORD. Export the key with reg export, correct it by hand, then run this script again.' -f $group.Name, $change.Name, $key.GetValueKind($change.Name))
        }
    }
}
$backup.Add('')
Set-Content -LiteralPath $BackupPath -Value $backup -Encoding Unicode
if (-not $WhatIfPreference) { Write-Host ('Saved the current values to {0}. To restore them: reg import "{0}"' -f $BackupPath) }

# 2. Apply the change.
foreach ($change in $changes) {
    if ($PSCmdlet.ShouldProcess(('{0}\\{1}' -f $change.Key, $change.Name), ('Set DWORD to {0}' -f $change.Value))) {
        if (-not (Test-Path -LiteralPath $change.Key)) {
            New-Item -Path $change.Key -Force | Out-Null
        }
        New-ItemProperty -LiteralPath $change.Key -Name $change.Name -PropertyType DWord -Value $change.Value -Force | Out-Null
    }
}
if (-not $WhatIfPreference) { Write-Host ${quote(`Done. ${change.afterwards}`)} }
`;
}
