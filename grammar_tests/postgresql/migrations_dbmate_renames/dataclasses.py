import datetime

from sqlalchemy import BigInteger, Boolean, DateTime, ForeignKeyConstraint, Index, Integer, PrimaryKeyConstraint, Sequence, String, Text, text
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Repositories(Base):
    __tablename__ = 'repositories'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='projects_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, Sequence('projects_id_seq'), primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(120), nullable=False)
    is_archived: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default=text('false'))

    issues: Mapped[list['Issues']] = relationship('Issues', back_populates='repository')


class Issues(Base):
    __tablename__ = 'issues'
    __table_args__ = (
        ForeignKeyConstraint(['repository_id'], ['repositories.id'], ondelete='CASCADE', name='issues_project_id_fkey'),
        PrimaryKeyConstraint('id', name='issues_pkey'),
        Index('issues_repository_state_idx', 'repository_id', 'state')
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=True)
    repository_id: Mapped[int] = mapped_column(Integer, nullable=False)
    title: Mapped[str] = mapped_column(Text, nullable=False)
    state: Mapped[str] = mapped_column(String(24), nullable=False, server_default=text("'open'::character varying"))
    opened_at: Mapped[datetime.datetime] = mapped_column(DateTime(True), nullable=False, server_default=text('CURRENT_TIMESTAMP'))
    labels: Mapped[list[str]] = mapped_column(ARRAY(Text()), nullable=False, server_default=text("'{}'::text[]"))

    repository: Mapped['Repositories'] = relationship('Repositories', back_populates='issues')
