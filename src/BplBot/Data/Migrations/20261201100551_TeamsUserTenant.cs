using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BplBot.Data.Migrations
{
    /// <inheritdoc />
    public partial class TeamsUserTenant : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "TenantId",
                table: "TeamsUsers",
                type: "TEXT",
                maxLength: 64,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "TenantId",
                table: "TeamsUsers");
        }
    }
}
