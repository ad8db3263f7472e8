from typing import Optional
import datetime

from sqlalchemy import DateTime, Index, Integer, PrimaryKeyConstraint, Text, text
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Users(Base):
    __tablename__ = 'users'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='users_pkey'),
        Index('users_email_active_idx', 'email', postgresql_where='(deleted_at IS NULL)', unique=True),
        Index('users_email_include_idx', 'email', postgresql_include=['first_name']),
        Index('users_email_lower_idx', unique=True),
        Index('users_full_name_idx'),
        Index('users_high_score_idx', 'score', postgresql_where='((score > 100) AND (deleted_at IS NULL))'),
        Index('users_name_idx', 'last_name', 'first_name'),
        Index('users_score_desc_idx', 'score'),
        Index('users_tags_idx', 'tags', postgresql_using='gin')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    email: Mapped[str] = mapped_column(Text, nullable=False)
    score: Mapped[int] = mapped_column(Integer, nullable=False, server_default=text('0'))
    first_name: Mapped[Optional[str]] = mapped_column(Text)
    last_name: Mapped[Optional[str]] = mapped_column(Text)
    deleted_at: Mapped[Optional[datetime.datetime]] = mapped_column(DateTime(True))
    tags: Mapped[Optional[list[str]]] = mapped_column(ARRAY(Text()))
